-- When an account's password was last reset by IT support or an administrator (both databases). The audit
-- trail records a reset as a change of this column, and never the password or its hash (ADR 0008, "Accounts").
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
