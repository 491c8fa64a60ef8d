-- CreateTable
CREATE TABLE "Boundary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "activeNumber" INTEGER,
    "pendingNumber" INTEGER,
    "pendingById" TEXT,
    "pendingKind" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Boundary_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoundaryVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boundaryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "ownerId" TEXT,
    "proposedById" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agreedById" TEXT,
    "agreedAt" DATETIME,
    CONSTRAINT "BoundaryVersion_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "Boundary" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoundaryEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boundaryId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "versionNumber" INTEGER,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BoundaryEvent_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "Boundary" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoundaryRespect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boundaryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "weekStart" TEXT NOT NULL,
    "respected" BOOLEAN NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BoundaryRespect_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "Boundary" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BoundaryRespect_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Boundary_coupleId_status_idx" ON "Boundary"("coupleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BoundaryVersion_boundaryId_number_key" ON "BoundaryVersion"("boundaryId", "number");

-- CreateIndex
CREATE INDEX "BoundaryEvent_boundaryId_createdAt_idx" ON "BoundaryEvent"("boundaryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BoundaryRespect_boundaryId_userId_weekStart_key" ON "BoundaryRespect"("boundaryId", "userId", "weekStart");
