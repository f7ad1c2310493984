package org.studenthub.core.security;

/** Whether an account may sign in. Accounts are disabled, never deleted (the audit trail names them). */
public enum UserStatus { ACTIVE, DISABLED }
