/** 命令行: {@code ./jianfu} and its subcommands; starts the application, is used by no module. */
@org.springframework.modulith.ApplicationModule(displayName = "命令行 cli")
package org.jianfu.cli;
