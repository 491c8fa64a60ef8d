-- AlterTable
ALTER TABLE "Boundary" ADD COLUMN     "reviewOn" TEXT;

-- CreateTable
CREATE TABLE "BoundaryReview" (
    "id" TEXT NOT NULL,
    "boundaryId" TEXT NOT NULL,
    "reviewOn" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answeredOn" TEXT NOT NULL,

    CONSTRAINT "BoundaryReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoundaryReview_userId_idx" ON "BoundaryReview"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoundaryReview_boundaryId_reviewOn_userId_key" ON "BoundaryReview"("boundaryId", "reviewOn", "userId");

-- AddForeignKey
ALTER TABLE "BoundaryReview" ADD CONSTRAINT "BoundaryReview_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "Boundary"("id") ON DELETE CASCADE ON UPDATE CASCADE;
