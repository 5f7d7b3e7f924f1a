package com.knead.ui.common;

import com.knead.domain.StaffMember;
import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** Shows staff members by name in lists and combo boxes; an empty choice reads as {@code placeholder}. */
public final class StaffRenderer extends DefaultListCellRenderer {

    private final String placeholder;

    public StaffRenderer(String placeholder) {
        this.placeholder = placeholder;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        String text = value instanceof StaffMember member ? member.name() : placeholder;
        return super.getListCellRendererComponent(list, text, index, selected, focus);
    }
}
