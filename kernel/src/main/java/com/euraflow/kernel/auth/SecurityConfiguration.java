package com.euraflow.kernel.auth;

import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.Problems;
import com.euraflow.kernel.errors.UnauthenticatedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** Stateless API security: everything under /api needs a caller except logging in and refreshing. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, AuthService auth, Problems problems) {
    // Built here, not a bean, so the servlet container does not also run it outside the chain.
    var authentication = new AuthenticationFilter(auth, problems);
    http.csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.POST, "/api/ef/v1/auth/login", "/api/ef/v1/auth/refresh").permitAll()
            .requestMatchers("/api/**").authenticated()
            .anyRequest().permitAll())
        .addFilterBefore(authentication, AuthorizationFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) ->
                problems.write(request, response, UnauthenticatedException.because("authentication required")))
            .accessDeniedHandler((request, response, ex) ->
                problems.write(request, response, ForbiddenException.because("access denied"))));
    return http.build();
  }
}
