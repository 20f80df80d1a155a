package bench.peer;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The two endpoints every peer serves: an open one and one that needs the read scope. */
@RestController
class PeerController {

    @GetMapping("/health")
    Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @GetMapping("/api/me")
    Map<String, Object> me(JwtAuthenticationToken caller) {
        return Map.of("subject", caller.getName(),
                "scopes", caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
