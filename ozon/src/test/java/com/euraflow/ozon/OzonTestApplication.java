package com.euraflow.ozon;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** The kernel and the OZON channel with the job engine, talking to a sandbox: the channel end to end. */
@SpringBootApplication(scanBasePackages = {"com.euraflow.kernel", "com.euraflow.ozon"},
    exclude = UserDetailsServiceAutoConfiguration.class)
class OzonTestApplication {}
