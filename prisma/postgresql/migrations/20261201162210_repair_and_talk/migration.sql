-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "talkDay" INTEGER;

-- CreateTable
CREATE TABLE "Amends" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "whatIDid" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "different" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3),
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "talkedAt" TIMESTAMP(3),
    "commitmentId" TEXT,
    "boundaryId" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Amends_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmendsEntry" (
    "id" TEXT NOT NULL,
    "amendsId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "answer" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmendsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Talk" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "revealedAt" TIMESTAMP(3),
    "skippedAt" TIMESTAMP(3),
    "skippedById" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Talk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalkAnswer" (
    "id" TEXT NOT NULL,
    "talkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "appreciation" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "hard" TEXT NOT NULL DEFAULT '',
    "request" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "commitmentId" TEXT,
    "boundaryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TalkAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalkReflection" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "verdict" TEXT,
    "verdictNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TalkReflection_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Amends" ADD CONSTRAINT "Amends_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendsEntry" ADD CONSTRAINT "AmendsEntry_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Amends"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Talk" ADD CONSTRAINT "Talk_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkAnswer" ADD CONSTRAINT "TalkAnswer_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkReflection" ADD CONSTRAINT "TalkReflection_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "TalkAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
