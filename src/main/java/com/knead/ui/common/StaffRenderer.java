package com.knead.ui.common;

import com.knead.domain.StaffMember;
import java.awt.Component;
import java.util.Set;
import java.util.UUID;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/**
 * Shows staff members by name in lists and combo boxes; an empty choice reads as {@code placeholder},
 * and a therapist who is not in today says so.
 */
public final class StaffRenderer extends DefaultListCellRenderer {

    private final String placeholder;
    private Set<UUID> notIn = Set.of();

    public StaffRenderer(String placeholder) {
        this.placeholder = placeholder;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        String text = value instanceof StaffMember member
                ? member.name() + (notIn.contains(member.id()) ? " (not in today)" : "") : placeholder;
        return super.getListCellRendererComponent(list, text, index, selected, focus);
    }

    /** The staff to show as not in today. */
    public void notIn(Set<UUID> ids) {
        notIn = Set.copyOf(ids);
    }
}
