package de.ihk.message;

/** Whether the quarter management has answered a message yet. */
public enum MessageStatus {
    NEW,
    ANSWERED
}
