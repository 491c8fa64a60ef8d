-- AlterTable (by hand: a column with a constant default needs no table rebuild in SQLite, and a
-- rebuild here would undo any other migration of User that lands beside it)
ALTER TABLE "User" ADD COLUMN "theme" TEXT NOT NULL DEFAULT 'system';
