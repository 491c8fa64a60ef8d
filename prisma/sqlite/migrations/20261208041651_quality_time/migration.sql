-- CreateTable
CREATE TABLE "QualityTimeIdea" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "effort" TEXT NOT NULL,
    "createdOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QualityTimeIdea_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualityTimeVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "ideaKey" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "QualityTime" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "ideaKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "scheduledById" TEXT NOT NULL,
    "scheduledOn" TEXT NOT NULL,
    "revealedOn" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QualityTime_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualityTimeReflection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "qualityTimeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moment" TEXT NOT NULL,
    "closeness" INTEGER NOT NULL,
    "answeredOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QualityTimeReflection_qualityTimeId_fkey" FOREIGN KEY ("qualityTimeId") REFERENCES "QualityTime" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QualityTimeIdea_coupleId_idx" ON "QualityTimeIdea"("coupleId");

-- CreateIndex
CREATE INDEX "QualityTimeVote_coupleId_ideaKey_idx" ON "QualityTimeVote"("coupleId", "ideaKey");

-- CreateIndex
CREATE UNIQUE INDEX "QualityTimeVote_coupleId_userId_ideaKey_key" ON "QualityTimeVote"("coupleId", "userId", "ideaKey");

-- CreateIndex
CREATE UNIQUE INDEX "QualityTime_commitmentId_key" ON "QualityTime"("commitmentId");

-- CreateIndex
CREATE INDEX "QualityTime_coupleId_day_idx" ON "QualityTime"("coupleId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "QualityTime_coupleId_ideaKey_day_key" ON "QualityTime"("coupleId", "ideaKey", "day");

-- CreateIndex
CREATE INDEX "QualityTimeReflection_userId_idx" ON "QualityTimeReflection"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityTimeReflection_qualityTimeId_userId_key" ON "QualityTimeReflection"("qualityTimeId", "userId");
