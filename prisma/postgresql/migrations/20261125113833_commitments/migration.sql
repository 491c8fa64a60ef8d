-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "boundaryId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCadence" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,

    CONSTRAINT "CommitmentCadence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentPause" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "noteShared" BOOLEAN NOT NULL DEFAULT false,
    "excused" BOOLEAN NOT NULL DEFAULT false,
    "excuseNote" TEXT,
    "rev" INTEGER NOT NULL DEFAULT 0,
    "amendedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInRevision" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "noteShared" BOOLEAN NOT NULL,
    "excused" BOOLEAN NOT NULL,
    "excuseNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInAck" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInAck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Commitment_coupleId_archivedAt_idx" ON "Commitment"("coupleId", "archivedAt");

-- CreateIndex
CREATE INDEX "Commitment_ownerId_idx" ON "Commitment"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentCadence_commitmentId_from_key" ON "CommitmentCadence"("commitmentId", "from");

-- CreateIndex
CREATE INDEX "CommitmentPause_commitmentId_userId_idx" ON "CommitmentPause"("commitmentId", "userId");

-- CreateIndex
CREATE INDEX "CheckIn_userId_day_idx" ON "CheckIn"("userId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_commitmentId_userId_day_key" ON "CheckIn"("commitmentId", "userId", "day");

-- CreateIndex
CREATE INDEX "CheckInRevision_checkInId_idx" ON "CheckInRevision"("checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAck_checkInId_userId_key" ON "CheckInAck"("checkInId", "userId");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCadence" ADD CONSTRAINT "CommitmentCadence_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentPause" ADD CONSTRAINT "CommitmentPause_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAck" ADD CONSTRAINT "CheckInAck_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
