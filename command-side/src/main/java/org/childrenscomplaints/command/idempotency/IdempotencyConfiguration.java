package org.childrenscomplaints.command.idempotency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

@Configuration
public class IdempotencyConfiguration {

    /** After sign-in (Spring Security's filters run at -100), so a key belongs to the caller who sent it. */
    static final int AFTER_SIGN_IN = 0;

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            MongoTemplate mongo, JsonMapper json, Clock clock,
            @Value("${complaints.idempotency.handling-lease:2m}") Duration handlingLease) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(mongo, json, clock, handlingLease));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AFTER_SIGN_IN);
        return registration;
    }
}
