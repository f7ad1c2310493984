package org.studenthub.core.mentor;

/** A mentor assignment is active until it ends; ended assignments stay as history. */
public enum MentorStatus { ACTIVE, ENDED }
