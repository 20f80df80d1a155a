package dev.frontgate.api.load;

/** Real access tokens of the demo users: alice writes (editor), bob reads with groups, carol reads her own. */
record LoadUsers(String alice, String bob, String carol) {
}
