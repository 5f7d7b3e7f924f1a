package com.knead.domain;

/** Something only some roles may do; each reads as the end of "… may not {@link #words()}". */
public enum Permission {
    TAKE_PAYMENT("take payments at the desk"),
    VOID("void a sale"),
    REFUND("refund a sale"),
    LARGE_DISCOUNT("approve a discount above the threshold"),
    WAIVE_CLEARANCE("let a session go ahead without a physician clearance"),
    OPEN_INTAKE("open intake summaries"),
    WRITE_NOTES("write or read session notes"),
    READ_ALL_NOTES("read the session notes of clients they have not treated"),
    MERGE_CLIENTS("merge two records of the same client, or undo a merge"),
    CHANGE_PRICES("change prices"),
    CLOSE_DAY("close the day"),
    EXPORT("export reports and the audit log"),
    OPEN_OFFICE("open the office"),
    LEAVE_KIOSK("leave kiosk mode"),
    MANAGE_STAFF("add, edit and deactivate staff"),
    SETTINGS("change the clinic's settings"),
    RESTORE_BACKUP("put a backup back in place of the clinic's data");

    private final String words;

    Permission(String words) {
        this.words = words;
    }

    /** In plain words: "void a sale". */
    public String words() {
        return words;
    }
}
