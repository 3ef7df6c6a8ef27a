import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { requestPersistentStorage } from '@/lib/ui/persist';
import './style.css';

render(<Dashboard />, document.getElementById('app')!);

void requestPersistentStorage();
