package org.sextant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Sextant server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SextantApplication {

    public static void main(String[] args) {
        SpringApplication.run(SextantApplication.class, args);
    }
}
