package dk.tvaers.offer.catalog.api;

/** How virtual support (virtuel støtte) reaches the citizen. */
public enum VirtualChannel {
    /** Videosamtale. */
    VIDEO("video", "video"),
    /** Telefon. */
    PHONE("phone", "telefon"),
    /** Chat (skrevne beskeder). */
    CHAT("chat", "chat"),
    /** En app på borgerens telefon eller tablet. */
    APP("app", "app");

    private final String code;
    private final String danish;

    VirtualChannel(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    /** The code used in open data. */
    public String code() {
        return code;
    }

    /** The channel in Danish, as the catalog's readers see it. */
    public String danish() {
        return danish;
    }
}
