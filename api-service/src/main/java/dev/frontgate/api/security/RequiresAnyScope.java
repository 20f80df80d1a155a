package dev.frontgate.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The endpoint needs at least one of the listed scopes. On a method it overrides a scope annotation of the class. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresAnyScope {

    /** Scope names, from {@link Scopes}. */
    String[] value();
}
