-- CreateTable
CREATE TABLE "TimeOut" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openUserId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "returnAt" DATETIME NOT NULL,
    "returnedAt" DATETIME,
    "endedAt" DATETIME,
    CONSTRAINT "TimeOut_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RepairTalk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "startedById" TEXT NOT NULL,
    "about" TEXT NOT NULL,
    "linkType" TEXT,
    "linkId" TEXT,
    "revealed" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'open',
    "stoppedById" TEXT,
    "stoppedTo" TEXT,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RepairTalk_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RepairAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "talkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "feelings" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    "sharedAt" DATETIME,
    "sharedOn" TEXT,
    "verdict" TEXT,
    "verdictNote" TEXT,
    "commitmentId" TEXT,
    "boundaryId" TEXT,
    "amendsId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RepairAnswer_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "RepairTalk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TimeOut_openUserId_key" ON "TimeOut"("openUserId");

-- CreateIndex
CREATE INDEX "TimeOut_coupleId_endedAt_idx" ON "TimeOut"("coupleId", "endedAt");

-- CreateIndex
CREATE INDEX "TimeOut_userId_startedAt_idx" ON "TimeOut"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "TimeOut_endedAt_returnAt_idx" ON "TimeOut"("endedAt", "returnAt");

-- CreateIndex
CREATE INDEX "RepairTalk_coupleId_status_idx" ON "RepairTalk"("coupleId", "status");

-- CreateIndex
CREATE INDEX "RepairAnswer_userId_idx" ON "RepairAnswer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RepairAnswer_talkId_userId_step_attempt_key" ON "RepairAnswer"("talkId", "userId", "step", "attempt");
