// A libFuzzer target that fuzzes a .NET program: it starts the program once and hands it every input.
//
// The protocol is the one SharpFuzz's Fuzzer.LibFuzzer.Run speaks, first implemented by Nemanja
// Mijailovic's libfuzzer-dotnet (github.com/Metalnem/libfuzzer-dotnet, MIT). This is a smaller
// rewrite of that driver, as its prebuilt binary cannot be downloaded here:
//   - one System V shared memory segment holds the coverage map that SharpFuzz's instrumented code
//     writes (kMapSize bytes), followed by the current input; its id is in __LIBFUZZER_SHM_ID;
//   - the program reads each input's length (int32) from the control pipe and answers with a status
//     (int32, 0 = ran, anything else = an exception escaped) on the status pipe; the pipes' file
//     descriptors are in __LIBFUZZER_CONTROL_PIPE_ID and __LIBFUZZER_STATUS_PIPE_ID;
//   - the program writes one status when it is ready.
// libFuzzer sees the program's coverage because the map is copied into its extra-counters section.
//
// Usage: libfuzzer-dotnet --target_path=PROGRAM [libFuzzer flags] [corpus folders]

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

namespace {

constexpr size_t kMapSize = 1 << 16;
constexpr size_t kMaxInputSize = 1 << 20;
constexpr int kControlFd = 198;
constexpr int kStatusFd = 199;
constexpr char kTargetFlag[] = "--target_path=";

int control_fd = -1;
int status_fd = -1;
int shm_id = -1;
uint8_t *shared = nullptr;

[[noreturn]] void Fail(const char *what) {
  fprintf(stderr, "libfuzzer-dotnet: %s: %s\n", what, strerror(errno));
  exit(1);
}

void RemoveSharedMemory() { shmctl(shm_id, IPC_RMID, nullptr); }

// Reads or writes exactly one int32, retrying on EINTR; returns false when the other end is gone.
bool ReadInt(int fd, int32_t *value) {
  ssize_t n;
  while ((n = read(fd, value, sizeof *value)) < 0 && errno == EINTR) {
  }
  return n == sizeof *value;
}

bool WriteInt(int fd, int32_t value) {
  ssize_t n;
  while ((n = write(fd, &value, sizeof value)) < 0 && errno == EINTR) {
  }
  return n == sizeof value;
}

const char *TargetPath(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], kTargetFlag, sizeof kTargetFlag - 1) == 0) {
      return argv[i] + sizeof kTargetFlag - 1;
    }
  }
  return nullptr;
}

[[noreturn]] void RunTarget(const char *path, int control[2], int status[2]) {
  // The program must not outlive the fuzzer, whichever way the fuzzer ends.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (dup2(control[0], kControlFd) < 0 || dup2(status[1], kStatusFd) < 0) {
    Fail("dup2");
  }
  close(control[0]);
  close(control[1]);
  close(status[0]);
  close(status[1]);

  char id[16];
  snprintf(id, sizeof id, "%d", shm_id);
  setenv("__LIBFUZZER_SHM_ID", id, 1);
  setenv("__LIBFUZZER_CONTROL_PIPE_ID", "198", 1);
  setenv("__LIBFUZZER_STATUS_PIPE_ID", "199", 1);
  execl(path, path, static_cast<char *>(nullptr));
  Fail(path);
}

}  // namespace

__attribute__((section("__libfuzzer_extra_counters"))) uint8_t extra_counters[kMapSize];

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *path = TargetPath(*argc, *argv);
  if (path == nullptr) {
    fprintf(stderr, "libfuzzer-dotnet: pass the .NET program to fuzz as --target_path=PROGRAM\n");
    exit(1);
  }

  int control[2];
  int status[2];
  if (pipe(control) != 0 || pipe(status) != 0) {
    Fail("pipe");
  }

  shm_id = shmget(IPC_PRIVATE, kMapSize + kMaxInputSize, IPC_CREAT | IPC_EXCL | 0600);
  if (shm_id < 0) {
    Fail("shmget");
  }
  atexit(RemoveSharedMemory);
  shared = static_cast<uint8_t *>(shmat(shm_id, nullptr, 0));
  if (shared == reinterpret_cast<void *>(-1)) {
    Fail("shmat");
  }

  pid_t child = fork();
  if (child < 0) {
    Fail("fork");
  }
  if (child == 0) {
    RunTarget(path, control, status);
  }

  close(control[0]);
  close(status[1]);
  control_fd = control[1];
  status_fd = status[0];
  // A write to a program that has died must fail with EPIPE, not kill the fuzzer before it saves the input.
  signal(SIGPIPE, SIG_IGN);

  int32_t ready;
  if (!ReadInt(status_fd, &ready)) {
    fprintf(stderr, "libfuzzer-dotnet: %s exited before it was ready\n", path);
    exit(1);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > kMaxInputSize) {
    return -1;  // libFuzzer leaves an input out of the corpus when the target returns -1.
  }

  memset(shared, 0, kMapSize);
  memcpy(shared + kMapSize, data, size);
  int32_t status;
  if (!WriteInt(control_fd, static_cast<int32_t>(size)) || !ReadInt(status_fd, &status)) {
    // The program died on this input (a stack overflow or another fatal error .NET cannot catch).
    fprintf(stderr, "libfuzzer-dotnet: the .NET program died while running this input\n");
    abort();
  }
  memcpy(extra_counters, shared, kMapSize);
  if (status != 0) {
    fprintf(stderr, "libfuzzer-dotnet: an exception escaped the .NET program (printed above)\n");
    abort();
  }
  return 0;
}
