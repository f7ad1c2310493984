package org.studenthub.core.demo;

import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;

/**
 * A sign-in account the demo created. Every demo account has the published password
 * {@link DemoAccounts#PASSWORD}: demo data is for trying StudentHub out, never for real records.
 *
 * @param person the linked teacher or student ("Rossi, Maria"), or null for staff without a record
 */
public record DemoAccount(String login, Role role, Scope scope, String person) {}
