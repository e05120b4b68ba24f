/**
 * 演示数据: runs the demo-data loaders each module contributes ({@link org.jianfu.demo.DemoData}),
 * in stage order, each once, deterministically from a fixed seed. Uses no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 demo")
package org.jianfu.demo;
