-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "talkDayOn" TEXT;
