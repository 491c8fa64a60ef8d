-- CreateTable
CREATE TABLE "TalkDraft" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "appreciation" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "hard" TEXT NOT NULL DEFAULT '',
    "request" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TalkDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TalkDraft_coupleId_week_userId_key" ON "TalkDraft"("coupleId", "week", "userId");

-- AddForeignKey
ALTER TABLE "TalkDraft" ADD CONSTRAINT "TalkDraft_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Drafts saved before this change move out of TalkAnswer (keeping their text), and a week's Talk
-- that only drafts had made goes: it showed the partner that someone had begun writing.
INSERT INTO "TalkDraft" ("id", "coupleId", "week", "userId", "appreciation", "wentWell", "hard", "request", "updatedAt")
SELECT a."id", t."coupleId", t."week", a."userId", a."appreciation", a."wentWell", a."hard", a."request", a."updatedAt"
FROM "TalkAnswer" a JOIN "Talk" t ON t."id" = a."talkId"
WHERE a."submittedAt" IS NULL;
DELETE FROM "TalkReflection" WHERE "answerId" IN (SELECT "id" FROM "TalkAnswer" WHERE "submittedAt" IS NULL);
DELETE FROM "TalkAnswer" WHERE "submittedAt" IS NULL;
DELETE FROM "Talk"
WHERE "revealedAt" IS NULL AND "skippedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "TalkAnswer" a WHERE a."talkId" = "Talk"."id");
