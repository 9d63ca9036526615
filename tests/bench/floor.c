/*
 * floor.c - the cost floor for running probes: fork+exec+wait of each given
 * program in turn, with nothing else (no scratch dir, no pipes, no report).
 * Prints the total wall time in milliseconds.
 *
 *     bench-floor PROGRAM...
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct timespec a, b;
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull < 0) {
        perror("bench-floor: /dev/null");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 1; i < argc; i++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("bench-floor: fork");
            return 2;
        }
        if (pid == 0) {
            dup2(devnull, 1);
            dup2(devnull, 2);
            execl(argv[i], argv[i], (char *)NULL);
            _exit(127);
        }
        int st;
        if (waitpid(pid, &st, 0) < 0) {
            perror("bench-floor: waitpid");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.1f\n", (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}
