"""Views of the handbook, split by subject: reading (lezen), search (zoeken), the live lists
(lijsten), read confirmations (leesbevestiging) and the redacteur's workflow (redactie)."""
