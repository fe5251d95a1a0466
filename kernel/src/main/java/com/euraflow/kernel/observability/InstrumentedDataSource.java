package com.euraflow.kernel.observability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Wraps a {@link DataSource} in JDK proxies down to its statements, so every {@code execute*} call is
 * reported to {@link StatementTiming}.
 *
 * <p>The proxy implements every interface of the pool (so {@code close()} still works) and {@code
 * unwrap} returns the pool itself, as Spring Boot's {@code DataSourceUnwrapper} expects; inject {@code
 * DataSource}, never {@code HikariDataSource}.
 */
final class InstrumentedDataSource {

  private InstrumentedDataSource() {}

  static DataSource wrap(DataSource target, StatementTiming timing) {
    if (isInstrumented(target)) {
      return target;
    }
    var loader = target.getClass().getClassLoader();
    var interfaces = ClassUtils.getAllInterfacesForClass(target.getClass(), loader);
    return (DataSource) Proxy.newProxyInstance(loader, interfaces, new Handler(target, timing, null));
  }

  static boolean isInstrumented(Object candidate) {
    return Proxy.isProxyClass(candidate.getClass())
        && Proxy.getInvocationHandler(candidate) instanceof Handler;
  }

  /**
   * One handler type for the three levels: a data source hands out connections, a connection hands
   * out statements, a statement executes. {@code sql} is the prepared text (null for plain statements).
   */
  private static final class Handler implements InvocationHandler {

    private final Object target;
    private final StatementTiming timing;
    private @Nullable String sql;

    Handler(Object target, StatementTiming timing, @Nullable String sql) {
      this.target = target;
      this.timing = timing;
      this.sql = sql;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
      var name = method.getName();
      switch (name) {
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        default -> {}
      }
      if (target instanceof Statement && name.startsWith("execute")) {
        return execute(method, args);
      }
      if (target instanceof Statement && name.equals("addBatch") && args != null && args.length == 1) {
        sql = (String) args[0];
      }
      var result = call(method, args);
      var type = method.getReturnType();
      if (result != null && (type == Connection.class || Statement.class.isAssignableFrom(type))) {
        var prepared = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return Proxy.newProxyInstance(
            InstrumentedDataSource.class.getClassLoader(),
            new Class<?>[] {type},
            new Handler(result, timing, prepared));
      }
      return result;
    }

    private @Nullable Object execute(Method method, @Nullable Object[] args) throws Throwable {
      var text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
      var start = System.nanoTime();
      try {
        return call(method, args);
      } finally {
        timing.executed(text == null ? "(unknown statement)" : text, System.nanoTime() - start);
      }
    }

    private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
