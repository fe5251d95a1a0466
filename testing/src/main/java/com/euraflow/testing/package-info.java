/** Test support shared by every module: real PostgreSQL databases, created and dropped per test class. */
package com.euraflow.testing;
