-- CreateTable
CREATE TABLE "SharingBreak" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "SharingBreak_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounselorShare" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "proposerNotes" BOOLEAN NOT NULL DEFAULT false,
    "approverNotes" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "expiresAt" DATETIME,
    "revokedById" TEXT,
    "revokedAt" DATETIME,
    CONSTRAINT "CounselorShare_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounselorShareView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shareId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agent" TEXT NOT NULL,
    CONSTRAINT "CounselorShareView_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "CounselorShare" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SharingBreak_coupleId_userId_idx" ON "SharingBreak"("coupleId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CounselorShare_tokenHash_key" ON "CounselorShare"("tokenHash");

-- CreateIndex
CREATE INDEX "CounselorShare_coupleId_idx" ON "CounselorShare"("coupleId");

-- CreateIndex
CREATE INDEX "CounselorShareView_shareId_at_idx" ON "CounselorShareView"("shareId", "at");
