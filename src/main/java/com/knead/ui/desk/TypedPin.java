package com.knead.ui.desk;

import javax.swing.JPasswordField;

/** A PIN taken from its field: what was typed, and the field cleared, so it is never left on screen. */
final class TypedPin {

    private TypedPin() {
    }

    static String take(JPasswordField field) {
        String typed = new String(field.getPassword());
        field.setText("");
        return typed;
    }
}
