@NullMarked
package com.euraflow.app.db;

import org.jspecify.annotations.NullMarked;
