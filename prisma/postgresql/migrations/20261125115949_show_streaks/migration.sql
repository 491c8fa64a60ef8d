-- AlterTable
ALTER TABLE "User" ADD COLUMN     "showStreaks" BOOLEAN NOT NULL DEFAULT true;
