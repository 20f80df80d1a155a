package dev.frontgate.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Safe methods (GET, HEAD, OPTIONS) need {@code read}, every other method needs {@code write}; both also need the
 * scopes in {@link #value()} (Django OAuth Toolkit's {@code TokenHasReadWriteScope}). On a method it overrides a
 * scope annotation of the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadWriteScopes {

    /** Scopes needed in addition to read or write, from {@link Scopes}. */
    String[] value() default {};
}
