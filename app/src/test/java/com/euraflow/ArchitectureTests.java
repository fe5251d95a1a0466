package com.euraflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The module boundaries of the README, kept by the build. */
@AnalyzeClasses(packages = "com.euraflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule kernel_and_jobs_never_depend_on_ozon = noClasses()
      .that().resideInAnyPackage("com.euraflow.kernel..", "com.euraflow.jobs..")
      .should().dependOnClassesThat().resideInAnyPackage("com.euraflow.ozon..", "com.euraflow.sandbox..");

  @ArchTest
  static final ArchRule jobs_depend_on_no_other_euraflow_module = noClasses()
      .that().resideInAPackage("com.euraflow.jobs..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.euraflow.kernel..", "com.euraflow.ozon..", "com.euraflow.sandbox..", "com.euraflow.app..");

  @ArchTest
  static final ArchRule sandbox_depends_on_no_other_euraflow_package = noClasses()
      .that().resideInAPackage("com.euraflow.sandbox..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.euraflow.kernel..", "com.euraflow.jobs..", "com.euraflow.ozon..", "com.euraflow.app..");

  @ArchTest
  static final ArchRule ozon_does_not_use_the_sandbox = noClasses()
      .that().resideInAPackage("com.euraflow.ozon..")
      .should().dependOnClassesThat().resideInAPackage("com.euraflow.sandbox..");

  @ArchTest
  static final ArchRule controllers_do_not_touch_sql = noClasses()
      .that().areAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
      .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
      .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
      .orShould().dependOnClassesThat().areAssignableTo(DataSource.class);

  @ArchTest
  static final ArchRule repositories_are_not_public = classes()
      .that().areAnnotatedWith(Repository.class)
      .should().notBePublic();
}
