package dev.frontgate.api.security.token;

/**
 * The access token of an {@code Authorization} header and the scheme it came with: {@code Bearer} (RFC 6750) or
 * {@code DPoP} (RFC 9449). Schemes match in any case (RFC 9110); the rest of the header is the token as sent.
 */
public record Credentials(String scheme, String token) {

    public static final String BEARER = "Bearer";
    public static final String DPOP = "DPoP";

    /** The credentials of a Bearer or DPoP authorization, or null for none or another scheme. */
    static Credentials parse(String authorization) {
        for (String scheme : new String[] {BEARER, DPOP}) {
            if (authorization != null && authorization.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1)) {
                return new Credentials(scheme, authorization.substring(scheme.length() + 1));
            }
        }
        return null;
    }

    /** Why an Authorization header without {@link #parse parsed} credentials, or with an empty token, is refused. */
    static InvalidTokenException whyNoToken(String authorization) {
        String scheme = authorization.strip().split("\\s+", 2)[0];
        boolean known = scheme.equalsIgnoreCase(BEARER) || scheme.equalsIgnoreCase(DPOP);
        return new InvalidTokenException(FailedCheck.SCHEME,
                known ? "access token is empty" : "authorization scheme must be Bearer or DPoP");
    }

    public boolean isDpop() {
        return DPOP.equals(scheme);
    }
}
