import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets a file be dropped anywhere on the host: outlines it (the `dragging` class) while a file is
 * dragged over, and hands the first dropped file to `onFile`.
 */
export class FileDropController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFile: (file: File) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // or the browser opens the file itself
    this.host.classList.add('dragging');
  };

  private readonly onDragLeave = (): void => {
    this.host.classList.remove('dragging');
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.host.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) this.onFile(file);
  };
}
