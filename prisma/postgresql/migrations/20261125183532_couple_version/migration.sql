-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "version" TEXT NOT NULL DEFAULT '0';
