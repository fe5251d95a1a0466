@NullMarked
package com.euraflow.kernel.audit.web;

import org.jspecify.annotations.NullMarked;
