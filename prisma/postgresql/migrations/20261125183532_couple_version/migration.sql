-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
