package com.knead.usecase;

import com.knead.store.AuditStore;
import java.util.List;

/** The owner reads what was logged (kiosk lookups so far), newest first. */
public final class AuditLog {

    private final AuditStore audit;

    public AuditLog(AuditStore audit) {
        this.audit = audit;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditStore.Entry> latest(int limit) {
        return audit.latest(limit);
    }
}
