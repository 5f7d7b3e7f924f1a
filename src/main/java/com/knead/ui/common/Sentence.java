package com.knead.ui.common;

import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.DefaultCaret;

/**
 * A sentence shown to the person at the screen (a problem, what happened to a receipt) that wraps
 * onto more lines instead of being cut off or widening the window. Read-only and not focusable;
 * it looks like a label and takes its font and colour from a theme style class.
 */
public final class Sentence extends JTextArea {

    public Sentence(String styleClass) {
        super(" ");
        setLineWrap(true);
        setWrapStyleWord(true);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setBorder(null);
        setFont(UIManager.getFont("Label.font"));
        Theme.style(this, styleClass);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // New text must not move the caret: a moved caret scrolls the enclosing scroll pane to show
        // it, so a sentence changing low in the desk's checkout made the whole checkout jump.
        if (getCaret() instanceof DefaultCaret caret) {
            caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        }
    }
}
