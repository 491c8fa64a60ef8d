-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Couple" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inviteId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "endedById" TEXT,
    "version" TEXT NOT NULL DEFAULT '0',
    CONSTRAINT "Couple_inviteId_fkey" FOREIGN KEY ("inviteId") REFERENCES "Invite" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Couple" ("createdAt", "endedAt", "endedById", "id", "inviteId") SELECT "createdAt", "endedAt", "endedById", "id", "inviteId" FROM "Couple";
DROP TABLE "Couple";
ALTER TABLE "new_Couple" RENAME TO "Couple";
CREATE UNIQUE INDEX "Couple_inviteId_key" ON "Couple"("inviteId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
