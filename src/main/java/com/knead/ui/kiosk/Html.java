package com.knead.ui.kiosk;

/** Text typed by visitors shown safely inside a Swing HTML label. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
