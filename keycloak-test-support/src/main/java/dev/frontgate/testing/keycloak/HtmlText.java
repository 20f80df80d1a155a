package dev.frontgate.testing.keycloak;

/** The few HTML entities Keycloak's login theme writes into attributes and messages. */
final class HtmlText {

    private HtmlText() {
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }
}
