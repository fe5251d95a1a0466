package com.euraflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EuraFlowApplication {
  public static void main(String[] args) {
    SpringApplication.run(EuraFlowApplication.class, args);
  }
}
