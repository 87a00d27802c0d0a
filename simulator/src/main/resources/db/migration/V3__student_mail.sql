-- Each joined student's own mail account on the live server: the login is derived (the class
-- code and the student's id, "k7q2mx-12"), the password is kept here in clear, since the live
-- server needs it to check a login and the student's page shows it again (the simulator's
-- accounts are demo accounts: see Account). NULL for students who joined before this column;
-- the store fills it the first time it is asked.
ALTER TABLE student ADD COLUMN mail_password VARCHAR(40);
