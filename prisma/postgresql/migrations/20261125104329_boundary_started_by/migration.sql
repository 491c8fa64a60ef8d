-- AlterTable
ALTER TABLE "Boundary" ADD COLUMN     "pendingStartedById" TEXT;
