-- AlterTable
ALTER TABLE "Couple" ADD COLUMN "talkDay" INTEGER;

-- CreateTable
CREATE TABLE "Amends" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "whatIDid" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "different" TEXT NOT NULL,
    "sharedAt" DATETIME,
    "answer" TEXT,
    "answeredAt" DATETIME,
    "talkedAt" DATETIME,
    "commitmentId" TEXT,
    "boundaryId" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Amends_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AmendsEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amendsId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "answer" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AmendsEntry_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Amends" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Talk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "revealedAt" DATETIME,
    "skippedAt" DATETIME,
    "skippedById" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Talk_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalkAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "talkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "appreciation" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "hard" TEXT NOT NULL DEFAULT '',
    "request" TEXT NOT NULL DEFAULT '',
    "submittedAt" DATETIME,
    "commitmentId" TEXT,
    "boundaryId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TalkAnswer_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalkReflection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "verdict" TEXT,
    "verdictNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TalkReflection_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "TalkAnswer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Amends_coupleId_sharedAt_idx" ON "Amends"("coupleId", "sharedAt");

-- CreateIndex
CREATE INDEX "Amends_authorId_idx" ON "Amends"("authorId");

-- CreateIndex
CREATE INDEX "AmendsEntry_amendsId_createdAt_idx" ON "AmendsEntry"("amendsId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Talk_coupleId_week_key" ON "Talk"("coupleId", "week");

-- CreateIndex
CREATE UNIQUE INDEX "TalkAnswer_talkId_userId_key" ON "TalkAnswer"("talkId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TalkReflection_answerId_prompt_key" ON "TalkReflection"("answerId", "prompt");
